package org.acogida.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A form record in a web package has no component named like a member state or an owner. */
class NoMemberStateComponent extends ArchCondition<JavaClass> {

    NoMemberStateComponent() {
        super("have no member state or owner component");
    }

    @Override
    public void check(JavaClass record, ConditionEvents events) {
        for (var component : record.reflect().getRecordComponents()) {
            String name = component.getName().toLowerCase();
            if (name.contains("memberstate") || name.equals("member") || name.contains("owner")) {
                events.add(SimpleConditionEvent.violated(record, record.getName() + " has a component " + component.getName()));
            }
        }
    }
}
