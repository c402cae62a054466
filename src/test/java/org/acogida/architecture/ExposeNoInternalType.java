package org.acogida.architecture;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * What a type offers other modules names no type of an {@code internal} package: not its
 * supertypes, the return or parameter types of its public and protected methods and constructors,
 * its public and protected fields or, for a record, its components. Type arguments count
 * ({@code List<Internal>} shows {@code Internal}), and so do array components.
 */
class ExposeNoInternalType extends ArchCondition<JavaClass> {

    private final Predicate<JavaClass> internal;

    /** {@code internal}: whether a type is its module's own, not part of the module's API. */
    ExposeNoInternalType(Predicate<JavaClass> internal) {
        super("expose no internal type of their module");
        this.internal = internal;
    }

    /** Internal as the package's name says: a package named {@code internal} (for the rule's own fixture, which is no module). */
    static Predicate<JavaClass> inAnInternalPackage() {
        return type -> ("." + type.getPackageName() + ".").contains(".internal.");
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        type.getSuperclass().ifPresent(superclass -> report(type, "extends", superclass, type, events));
        type.getInterfaces().forEach(contract -> report(type, "implements", contract, type, events));
        List<String> components = type.isRecord() ? Arrays.stream(type.reflect().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        for (JavaField field : type.getFields()) {
            if (components.contains(field.getName()) && !field.getModifiers().contains(JavaModifier.STATIC)) {
                report(type, "has the record component " + field.getName() + " of type", field.getType(), field, events);
            } else if (offered(field)) {
                report(type, "has the field " + field.getName() + " of type", field.getType(), field, events);
            }
        }
        for (JavaCodeUnit code : type.getCodeUnits()) {
            // A record's accessors and canonical constructor repeat its components, reported above.
            if (!offered(code) || isAccessor(code, components) || isCanonicalConstructor(code, type, components)) {
                continue;
            }
            String name = code instanceof JavaConstructor ? "its constructor" : code.getName() + "()";
            if (code instanceof JavaMethod) {
                report(type, name + " returns", code.getReturnType(), code, events);
            }
            code.getParameterTypes().forEach(parameter -> report(type, name + " takes", parameter, code, events));
        }
    }

    private void report(JavaClass type, String how, JavaType shown, HasSourceCodeLocation where, ConditionEvents events) {
        Set<String> internalPackages = shown.getAllInvolvedRawTypes().stream().filter(internal)
                .map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        if (!internalPackages.isEmpty()) {
            events.add(SimpleConditionEvent.violated(type, "%s: %s %s, of %s, in %s".formatted(type.getName(), how, shown.getName(),
                    String.join(" and ", internalPackages), where.getSourceCodeLocation())));
        }
    }

    private static boolean offered(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static boolean isAccessor(JavaCodeUnit code, List<String> components) {
        return code instanceof JavaMethod && code.getParameters().isEmpty() && components.contains(code.getName());
    }

    private static boolean isCanonicalConstructor(JavaCodeUnit code, JavaClass record, List<String> components) {
        if (!(code instanceof JavaConstructor) || components.isEmpty()) {
            return false;
        }
        List<String> componentTypes = components.stream().map(c -> record.getField(c).getRawType().getName()).toList();
        return code.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(componentTypes);
    }
}
