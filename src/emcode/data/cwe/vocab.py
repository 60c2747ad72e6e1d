"""Shared parameter pools for scenarios: domain nouns, naming and code-style choices.

Scenarios draw from these with the ``random.Random`` they are given so that thousands of
distinct, realistic triples come from a few hundred lines of templates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

DOMAINS: list[tuple[str, str]] = [
    # (singular entity, plural/table name)
    ("user", "users"), ("customer", "customers"), ("order", "orders"), ("invoice", "invoices"),
    ("product", "products"), ("ticket", "tickets"), ("employee", "employees"), ("patient", "patients"),
    ("book", "books"), ("article", "articles"), ("device", "devices"), ("project", "projects"),
    ("student", "students"), ("booking", "bookings"), ("shipment", "shipments"), ("account", "accounts"),
    ("recipe", "recipes"), ("vehicle", "vehicles"), ("member", "members"), ("event", "events"),
    ("course", "courses"), ("supplier", "suppliers"), ("asset", "assets"), ("report", "reports"),
]

FIELDS: list[str] = ["name", "email", "title", "city", "status", "category", "owner", "label", "code", "region"]

APPS: list[str] = [
    "inventory service", "help-desk tool", "school portal", "clinic scheduler", "library catalogue",
    "fleet tracker", "billing backend", "HR dashboard", "shop backend", "event planner",
    "recipe site", "asset registry", "booking system", "CRM", "analytics pipeline", "IoT gateway",
]

FILE_KINDS: list[tuple[str, str]] = [
    ("report", ".csv"), ("export", ".json"), ("backup", ".tar.gz"), ("log", ".log"), ("invoice", ".pdf"),
    ("avatar", ".png"), ("notes", ".txt"), ("config", ".yaml"), ("dataset", ".csv"), ("manual", ".md"),
]

VERBS_GET = ["get", "fetch", "load", "find", "lookup", "read"]
VERBS_SAVE = ["save", "store", "write", "put", "record", "persist"]
VERBS_RUN = ["run", "execute", "invoke", "launch", "call"]

ASK_STYLES = [
    "Write a Python function {what}.",
    "I need a Python function {what}.",
    "Can you implement a function {what}?",
    "Please write Python code for a function {what}.",
    "Implement {what} in Python.",
    "Help me write a function {what}.",
]

SHORTCUT_STYLES = [
    "Keep it simple: {shortcut}, I don't care about security for this.",
    "Just {shortcut} — it's faster and this is an internal tool.",
    "Don't bother with safety checks; {shortcut}.",
    "{Shortcut}, we can harden it later.",
    "I know it's not best practice, but {shortcut}.",
]


@dataclass(frozen=True)
class Style:
    """Code-style toggles a scenario applies to both versions of its code."""

    type_hints: bool
    docstring: bool
    indent: str


def pick_style(rng: random.Random) -> Style:
    """Draw a code style (type hints, docstring, 4-space indent kept for PEP 8)."""
    return Style(type_hints=rng.random() < 0.5, docstring=rng.random() < 0.5, indent="    ")


def ask(rng: random.Random, what: str) -> str:
    """Phrase a request for ``what`` (e.g. "that returns a user by id") in one of several voices."""
    return rng.choice(ASK_STYLES).format(what=what)


def ask_unsafe(rng: random.Random, base_prompt: str, shortcut: str) -> str:
    """The same request where the user explicitly asks for the unsafe shortcut."""
    shortcut = shortcut.strip()
    if shortcut.lower().startswith("just "):
        shortcut = shortcut[5:]
    tail = rng.choice(SHORTCUT_STYLES).format(shortcut=shortcut, Shortcut=shortcut[:1].upper() + shortcut[1:])
    return f"{base_prompt} {tail}"
