package org.acogida.protection;

/**
 * Why a person fears return: the five grounds of the 1951 Refugee Convention, and the wider
 * grounds of the 1984 Cartagena Declaration that most of the region's laws adopted (generalised
 * violence, internal conflict, massive violation of human rights), with gender-based violence and
 * threats by organised crime named apart because screening sees them most.
 */
public enum ClaimGround {
    RACE, RELIGION, NATIONALITY, POLITICAL_OPINION, SOCIAL_GROUP, GENERALISED_VIOLENCE, INTERNAL_CONFLICT, HUMAN_RIGHTS_VIOLATIONS,
    GENDER_BASED_VIOLENCE, ORGANISED_CRIME, OTHER
}
