package org.acogida.demo;

import java.util.List;

/**
 * The demo's members and places. Municipality names are real; capacities are invented for the
 * demo (no source publishes them) and drawn from the seeded generator.
 */
final class DemoCoalition {

    /** Members of the demo coalition: the main receivers of removal flights (FACTS.md §2) and their neighbours. */
    static final List<String> MEMBERS = List.of("GTM", "HND", "SLV", "MEX", "COL", "ECU", "DOM", "CRI", "PAN", "HTI");

    /** Members whose staff have demo accounts, one per role. */
    static final List<String> MEMBERS_WITH_USERS = List.of("GTM", "HND", "MEX", "COL");

    record Place(String adminArea, String name, boolean site) {}

    static List<Place> places(String member) {
        return switch (member) {
            case "GTM" -> List.of(new Place("Guatemala", "Centro de Atención Migratoria, zona 5", true),
                    new Place("Guatemala", "Mixco", false), new Place("Guatemala", "Villa Nueva", false),
                    new Place("Quetzaltenango", "Quetzaltenango", false), new Place("Huehuetenango", "Huehuetenango", false),
                    new Place("Alta Verapaz", "Cobán", false), new Place("Escuintla", "Escuintla", false),
                    new Place("San Marcos", "Ayutla (Tecún Umán)", false));
            case "HND" -> List.of(new Place("Cortés", "Centro de Atención al Migrante Retornado, San Pedro Sula", true),
                    new Place("Cortés", "San Pedro Sula", false), new Place("Cortés", "La Lima", false),
                    new Place("Francisco Morazán", "Distrito Central", false), new Place("Atlántida", "La Ceiba", false),
                    new Place("Yoro", "El Progreso", false), new Place("Choluteca", "Choluteca", false));
            case "SLV" -> List.of(new Place("San Salvador", "Centro de Atención Integral al Migrante", true),
                    new Place("San Salvador", "San Salvador", false), new Place("Santa Ana", "Santa Ana", false),
                    new Place("San Miguel", "San Miguel", false), new Place("La Libertad", "Santa Tecla", false));
            case "MEX" -> List.of(new Place("Baja California", "Tijuana", false), new Place("Baja California", "Mexicali", false),
                    new Place("Sonora", "Hermosillo", false), new Place("Chihuahua", "Ciudad Juárez", false),
                    new Place("Coahuila", "Saltillo", false), new Place("Nuevo León", "Monterrey", false),
                    new Place("Jalisco", "Guadalajara", false), new Place("Querétaro", "Querétaro", false),
                    new Place("Chiapas", "Tapachula", false), new Place("Tabasco", "Villahermosa", false));
            case "COL" -> List.of(new Place("Bogotá D.C.", "Bogotá", false), new Place("Antioquia", "Medellín", false),
                    new Place("Valle del Cauca", "Cali", false), new Place("Atlántico", "Barranquilla", false),
                    new Place("Norte de Santander", "Cúcuta", false), new Place("Risaralda", "Pereira", false));
            case "ECU" -> List.of(new Place("Pichincha", "Quito", false), new Place("Guayas", "Guayaquil", false),
                    new Place("Azuay", "Cuenca", false), new Place("Manabí", "Manta", false));
            case "DOM" -> List.of(new Place("San Cristóbal", "Centro de Acogida, Haina", true),
                    new Place("Distrito Nacional", "Santo Domingo de Guzmán", false), new Place("Santiago", "Santiago de los Caballeros", false),
                    new Place("La Altagracia", "Higüey", false));
            case "CRI" -> List.of(new Place("Puntarenas", "CATEM, Corredores", true), new Place("San José", "San José", false),
                    new Place("Alajuela", "Alajuela", false), new Place("Limón", "Limón", false));
            case "PAN" -> List.of(new Place("Darién", "Estación de Recepción Migratoria San Vicente", true),
                    new Place("Panamá", "Panamá", false), new Place("Chiriquí", "David", false), new Place("Colón", "Colón", false));
            case "HTI" -> List.of(new Place("Ouest", "Port-au-Prince", false), new Place("Nord", "Cap-Haïtien", false),
                    new Place("Artibonite", "Gonaïves", false));
            default -> List.of();
        };
    }

    /** Display names for demo staff, drawn in order. */
    static final List<String> STAFF_NAMES = List.of(
            "María José Castillo", "Luis Fernando Ramírez", "Ana Lucía Morales", "Carlos Enrique Mejía", "Rosa Elena Gutiérrez",
            "José Antonio Hernández", "Claudia Patricia Flores", "Juan Pablo Reyes", "Sofía Alejandra López", "Miguel Ángel Ortiz",
            "Daniela Fernanda Ruiz", "Jorge Alberto Pineda", "Gabriela Beatriz Soto", "Andrés Felipe Gómez", "Paola Andrea Díaz",
            "Ricardo Javier Cruz", "Lucía Valentina Torres", "Fernando José Aguilar", "Verónica Isabel Navarro", "Héctor Manuel Vargas",
            "Natalia Carolina Rojas");

    private DemoCoalition() {
    }
}
