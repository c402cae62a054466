package org.acogida.governance;

public enum MotionStatus {
    OPEN, ADOPTED, REJECTED
}
