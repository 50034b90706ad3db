package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.identifier.PersonalData;

/**
 * What may be published of a decision (R2.7, R3.10): nothing of a penalty on a minor; of a natural
 * person, the masked name only; of any text, nothing of ID, phone or account numbers.
 */
final class Publishable {

  private Publishable() {}

  /** {@code draft} as it may be published; NOT_PUBLISHABLE when it may not be at all. */
  static NewDecision of(NewDecision draft) {
    refuseMinors(draft);
    return redacted(draft);
  }

  /**
   * A text of a decision as it may be published, for the party as published: ID, phone and account
   * numbers removed; a natural person's name masked wherever it stands ({@code fullName}, or where
   * it is no longer known, any name the masked one fits: 于*年 masks 于大年); a person's or individual
   * business's addresses, health, native place, e-mail, QQ, WeChat and landlines removed; any
   * person's home (住址, 家住…), passport numbers and third parties named by role removed. Publication,
   * corrections and re-imports all pass their texts through here.
   */
  static String publishedText(
      String original, PenaltyDecision.Party published, @Nullable String fullName) {
    return publishedText(original, published, fullName, named(published, original));
  }

  /**
   * The persons {@code texts} describe by sex or name by office, honorific, birth or former name:
   * each is masked wherever the decision names them. An organisation's representative named by
   * office is not (法定代表人 is published), unless a text describes them as a person.
   */
  static Set<String> named(PenaltyDecision.Party party, @Nullable String... texts) {
    Set<String> named = new java.util.LinkedHashSet<>(PersonText.describedPersons(texts));
    String representative =
        party.legalRepresentative() == null ? null : party.legalRepresentative().strip();
    for (String person : PersonMentions.in(texts)) {
      if (party.kind() == PartyKind.NATURAL_PERSON || !person.equals(representative)) {
        named.add(person);
      }
    }
    return named;
  }

  /**
   * The same, masking {@code described}: the persons any text of the decision describes by sex, so
   * that a case name lists them masked as the facts do.
   */
  static String publishedText(
      String original,
      PenaltyDecision.Party published,
      @Nullable String fullName,
      Set<String> described) {
    String clean = PersonalData.redact(withoutControls(original));
    if (published.kind() == PartyKind.NATURAL_PERSON) {
      clean =
          fullName != null && !fullName.contains("*")
              ? PersonText.maskName(clean, fullName, published.name())
              : PersonText.maskFitting(clean, published.name());
    } else if (fullName != null) {
      for (String person : PersonText.personsBeside(fullName)) {
        clean = PersonText.maskName(clean, person, PersonNames.mask(person));
      }
    }
    String operator = published.legalRepresentative();
    if (published.kind() == PartyKind.INDIVIDUAL_BUSINESS
        && operator != null
        && described.stream().noneMatch(name -> PersonNames.mask(name).equals(operator))) {
      clean =
          PersonText.maskFitting(clean, operator); // a correction's, knowing the masked name only
    }
    if (published.kind() == PartyKind.NATURAL_PERSON
        || published.kind() == PartyKind.INDIVIDUAL_BUSINESS) {
      clean =
          PersonContacts.withoutContacts(
              PersonDetails.withoutDetails(PersonText.withoutAddresses(clean)));
    }
    return Officers.without(
        PersonText.withoutThirdParties(
            PersonContacts.withoutPassports(
                PersonText.withoutHomes(PersonText.maskPersons(clean, described)))));
  }

  /**
   * A decision imposes at least one penalty and no negative amount; {@code kinds} null means the
   * penalties are not being changed.
   */
  static void checkPenalties(
      @Nullable List<PenaltyKind> kinds,
      @Nullable BigDecimal fine,
      @Nullable BigDecimal confiscation) {
    if (kinds != null && kinds.isEmpty()) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT,
          "处罚决定须至少载明一种处罚种类",
          "A decision imposes at least one penalty kind");
    }
    DecisionLimits.amounts(fine, confiscation);
  }

  /** Penalties on minors are never published (R2.7). */
  private static void refuseMinors(NewDecision draft) {
    refuseMinors(
        draft.party(),
        draft.decisionDate(),
        draft.facts(),
        draft.caseName(),
        draft.licenceActions(),
        draft.violatedProvisions(),
        draft.penaltyProvisions());
  }

  /** NOT_PUBLISHABLE when {@code texts} (nulls skipped) show the person penalised was a minor. */
  static void refuseMinors(
      PenaltyDecision.Party party, LocalDate decided, @Nullable String... texts) {
    String all = Arrays.stream(texts).filter(Objects::nonNull).collect(Collectors.joining("。"));
    if (Minors.isMinorParty(party.kind(), party.name(), all, decided)) {
      throw new PortalException(
          ErrorCode.NOT_PUBLISHABLE,
          "对未成年人的行政处罚决定不予公开",
          "Penalty decisions on minors are not published");
    }
  }

  /**
   * The party's name as {@code draft} publishes it: {@link #publishedName(PenaltyDecision.Party)},
   * and for an organisation the persons its texts describe by sex masked in it too (a vessel's
   * owner: 浙路渔08077李瑞贤).
   */
  static String publishedName(NewDecision draft) {
    return publishedName(draft.party(), described(draft));
  }

  private static String publishedName(PenaltyDecision.Party party, Set<String> described) {
    return party.kind() == PartyKind.NATURAL_PERSON
        ? publishedName(party)
        : PersonText.maskPersons(publishedName(party), described);
  }

  /**
   * The persons {@code draft}'s texts {@link #named name}, and an individual business's operator:
   * each is masked wherever the decision names them.
   */
  private static Set<String> described(NewDecision draft) {
    Set<String> described =
        named(
            draft.party(),
            draft.facts(),
            draft.caseName(),
            draft.licenceActions(),
            draft.violatedProvisions(),
            draft.penaltyProvisions());
    String operator = operator(draft.party());
    if (operator != null) {
      described.add(operator);
    }
    return described;
  }

  /** The party's name as published: a person's masked, persons beside an institution masked. */
  static String publishedName(PenaltyDecision.Party party) {
    String name = withoutControls(fullName(party));
    if (party.kind() == PartyKind.NATURAL_PERSON) {
      return PersonNames.mask(PersonalData.redact(name));
    }
    String operator = operator(party);
    String published = PersonText.maskPersonsBeside(name);
    return operator == null
        ? published
        : PersonText.maskName(published, operator, PersonNames.mask(operator));
  }

  /**
   * The person who runs an individual business (经营者, given as its representative), whose name is
   * masked as a natural person's wherever it stands: in the business's name (冯成明日杂经营部) and its
   * texts too. Null for other parties.
   */
  private static @Nullable String operator(PenaltyDecision.Party party) {
    return party.kind() == PartyKind.INDIVIDUAL_BUSINESS
            && party.legalRepresentative() != null
            && !party.legalRepresentative().isBlank()
        ? withoutControls(party.legalRepresentative()).strip()
        : null;
  }

  /**
   * Whether the representative is a person the decision masks elsewhere: an individual business's
   * operator, a person its texts describe, or one its name lists beside the organisation (天津市西青区
   * 金福家乐食品店（黄子强）), whose name the party shows masked and so must the representative.
   */
  private static boolean isMaskedPerson(PenaltyDecision.Party party, Set<String> described) {
    String representative = java.util.Objects.requireNonNull(party.legalRepresentative()).strip();
    return operator(party) != null
        || described.contains(representative)
        || PersonText.personsBeside(fullName(party)).contains(representative);
  }

  /**
   * The party's name as given; a person's without spaces between its Chinese characters: 王 小 明 is
   * one name, which split at its spaces would leave each character unmasked.
   */
  private static String fullName(PenaltyDecision.Party party) {
    return party.kind() == PartyKind.NATURAL_PERSON
        ? HAN_SPACE.matcher(party.name()).replaceAll("")
        : party.name();
  }

  private static final Pattern HAN_SPACE =
      Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})");

  /**
   * Control characters and direction overrides, which no published text needs: an unbalanced U+202E
   * turns the rest of a line around wherever the text is shown, in results and highlights.
   */
  private static final Pattern CONTROLS =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  static String withoutControls(String text) {
    return CONTROLS.matcher(text).replaceAll("");
  }

  /**
   * The draft as it may be published: a natural person's name masked (in the party and in every
   * text) and their identifiers dropped; an individual business's operator masked likewise; every
   * person a text describes by sex masked in all texts and as the representative and in an
   * organisation's name (a vessel's owner: 浙路渔08077李瑞贤); ID, phone and account numbers removed from
   * every text; a person's or individual business's addresses removed; third parties named by their
   * role removed.
   */
  private static NewDecision redacted(NewDecision draft) {
    PenaltyDecision.Party party = draft.party();
    boolean person = party.kind() == PartyKind.NATURAL_PERSON;
    Set<String> described = described(draft);
    PenaltyDecision.Party published =
        new PenaltyDecision.Party(
            party.kind(),
            publishedName(party, described),
            person ? null : party.creditCode(),
            person || party.legalRepresentative() == null
                ? null
                : isMaskedPerson(party, described)
                    ? PersonNames.mask(PersonalData.redact(party.legalRepresentative().strip()))
                    : PersonalData.redact(party.legalRepresentative()));
    String fullName = fullName(party);
    UnaryOperator<String> text =
        original -> publishedText(original, published, fullName, described);
    return new NewDecision(
        draft.documentNumber(),
        draft.caseName() == null ? null : text.apply(draft.caseName()),
        published,
        text.apply(draft.facts()),
        text.apply(draft.violatedProvisions()),
        text.apply(draft.penaltyProvisions()),
        draft.penaltyKinds(),
        draft.fineAmount(),
        draft.confiscationAmount(),
        draft.licenceActions() == null ? null : text.apply(draft.licenceActions()),
        draft.decisionDate(),
        draft.decisionDating(),
        draft.agencyId(),
        draft.fieldCode(),
        draft.enforcementItemId(),
        draft.benchmarkTierId(),
        draft.violatedProvisionIds(),
        draft.penaltyProvisionIds(),
        draft.publishedOn(),
        draft.publishUntil(),
        draft.sourceUrl(),
        draft.sourceBody());
  }
}
