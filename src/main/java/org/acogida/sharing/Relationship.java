package org.acogida.sharing;

/** How the person sought by a tracing request is related to the person looking for them, as the person says. */
public enum Relationship { PARENT, CHILD, SIBLING, SPOUSE, GRANDPARENT, GRANDCHILD, OTHER_RELATIVE }
