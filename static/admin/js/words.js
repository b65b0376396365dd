// Plain names for the rules' ids (the ids stay visible: reasons and the audit log cite them).
export const RULE_TITLES = {
  "access-code": "Key safe and door codes",
  "unlinked-client": "Clients the recipient is not linked to",
  "bulk-client-data": "Many clients to many recipients",
  "unknown-recipient": "Recipients nobody knows",
  "exposed-recipients": "Families can see each other's addresses",
  "unreadable-attachment": "Attachments that can't be checked",
  "lookalike-recipient": "Addresses a typo away from a known one",
  "client-data": "Any client details",
  "personal-address": "Staff at personal addresses",
};

export function ruleName(id) {
  return RULE_TITLES[id] ? `${RULE_TITLES[id]} (${id})` : id;
}
