package org.zhifagongkai.api.law;

import org.jspecify.annotations.Nullable;

/**
 * A provision linked to a record ({@code ownerId}); {@code role} says how a decision cites it
 * ({@code VIOLATED} or {@code PENALTY}) and is null for links without roles.
 */
public record LinkedProvision(long ownerId, LegalProvision provision, @Nullable String role) {}
