package org.zhifagongkai.api.statistics;

import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.penalty.CitedProvision.CitationRole;

/** A provision, the role decisions cite it in, and how many of the selected decisions do. */
public record ProvisionCount(LegalProvision provision, CitationRole role, int decisions) {}
