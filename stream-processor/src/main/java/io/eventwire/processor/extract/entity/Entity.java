package io.eventwire.processor.extract.entity;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation, authority or country the gazetteer knows.
 *
 * @param id           stable id (targets and authorities carry it; event ids and keys hash it)
 * @param name         canonical English name
 * @param kind         {@link #COMPANY}, {@link #ORGANIZATION}, {@link #AUTHORITY}, {@link #COUNTRY}, {@link #MEDIA} or
 *                     {@code instrument} (a phrase that holds an authority's name but names no actor: "Treasury
 *                     yields")
 * @param country      ISO 3166 alpha-2 (EU for the European Union), or null
 * @param aliases      names matched ignoring case and width
 * @param exactAliases names matched case-sensitively: acronyms and names that are also common words
 *                     ("BIS" against German "bis", "Honor", "Apple")
 * @param roles        extra roles; {@link #RETAILER} marks an actor of retail delistings
 * @param government   for a country: the id of the authority that a bare mention of it stands for, else null
 */
public record Entity(String id, String name, String kind, String country, List<String> aliases,
                     List<String> exactAliases, Set<String> roles, String government) {

    public static final String COMPANY = "company";
    public static final String ORGANIZATION = "organization";
    public static final String AUTHORITY = "authority";
    public static final String COUNTRY = "country";
    public static final String MEDIA = "media";
    public static final String RETAILER = "retailer";

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        kind = kind == null ? COMPANY : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        exactAliases = exactAliases == null ? List.of() : List.copyOf(exactAliases);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An organisation that sanctions can target: a company or a listed public body. */
    public boolean isTargetable() {
        return COMPANY.equals(kind) || ORGANIZATION.equals(kind);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
