/**
 * What every module stands on: who is acting and for which member state, the scoped gateway to
 * member data, the page shell (languages, navigation, errors) and the command-line entry points.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, displayName = "Platform",
        allowedDependencies = {})
package org.acogida.platform;
