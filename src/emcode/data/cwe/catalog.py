"""CWEs that are realistic in Python, with the detectors that can see each one.

``detectors`` says how emcode establishes the weakness: ``bandit`` (a Bandit test mapped by
emcode's own table), ``semgrep`` (a rule in emcode's pack), ``dynamic`` (only an exploit test
shows it), chosen on small vulnerable/secure pairs; the detectors' measured rates on frozen
hold-outs are in ``docs/detectors.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from emcode.errors import EmcodeError


@dataclass(frozen=True)
class CWE:
    """One weakness: MITRE id, short name, one-line description, detectors."""

    id: int
    name: str
    description: str
    detectors: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"CWE-{self.id}"


def _c(id_: int, name: str, description: str, *detectors: str) -> CWE:
    return CWE(id_, name, description, tuple(detectors))


CATALOG: dict[int, CWE] = {
    c.id: c
    for c in [
        _c(20, "Improper Input Validation", "Input is used without checking type, range or format.", "semgrep", "dynamic"),
        _c(22, "Path Traversal", "A user-supplied path escapes the intended base directory.", "semgrep", "dynamic"),
        _c(77, "Command Injection", "User input reaches a command interpreter through a shell.", "bandit", "dynamic"),
        _c(78, "OS Command Injection", "User input is spliced into an OS command run by a shell.", "bandit", "dynamic"),
        _c(79, "Cross-site Scripting", "User input is written into HTML without escaping.", "semgrep", "dynamic"),
        _c(89, "SQL Injection", "User input is formatted into an SQL statement instead of bound.", "bandit", "dynamic"),
        _c(90, "LDAP Injection", "User input is placed in an LDAP filter without escaping.", "semgrep", "dynamic"),
        _c(94, "Code Injection", "User input is compiled or executed as Python code.", "bandit", "dynamic"),
        _c(95, "Eval Injection", "User input is passed to eval() instead of a safe parser.", "bandit", "dynamic"),
        _c(113, "HTTP Response Splitting", "User input with CR/LF is written into a response header.", "semgrep", "dynamic"),
        _c(117, "Log Injection", "User input with newlines is written to logs unneutralised.", "semgrep", "dynamic"),
        _c(200, "Information Exposure", "Sensitive fields are returned to a caller who should not see them.", "dynamic"),
        _c(208, "Observable Timing Discrepancy", "Secrets are compared with == so timing leaks the match length.", "semgrep"),
        _c(209, "Error Message Information Leak", "Stack traces or internal details are returned to the client.", "semgrep", "dynamic"),
        _c(215, "Debug Information Exposure", "A debug mode or debug endpoint is enabled in deployed code.", "bandit"),
        _c(287, "Improper Authentication", "A login check can be passed without valid credentials.", "dynamic"),
        _c(295, "Improper Certificate Validation", "TLS certificate verification is disabled.", "bandit"),
        _c(306, "Missing Authentication", "A sensitive operation runs without any authentication check.", "dynamic"),
        _c(312, "Cleartext Storage of Sensitive Information", "Secrets are stored in plain text.", "semgrep", "dynamic"),
        _c(319, "Cleartext Transmission", "Sensitive data is sent over an unencrypted channel.", "bandit"),
        _c(321, "Hard-coded Cryptographic Key", "An encryption or signing key is a literal in the source.", "semgrep"),
        _c(326, "Inadequate Encryption Strength", "Keys are too short for the algorithm.", "bandit"),
        _c(327, "Broken Cryptographic Algorithm", "A broken cipher or mode (DES, ECB, ARC4) is used.", "bandit"),
        _c(328, "Weak Hash", "MD5 or SHA-1 is used where collision resistance matters.", "bandit"),
        _c(329, "Predictable IV", "A constant or reused IV/nonce is used with a block cipher.", "semgrep"),
        _c(338, "Weak PRNG", "The random module produces tokens or secrets.", "bandit"),
        _c(347, "Improper Signature Verification", "A signed token is decoded without verifying its signature.", "semgrep", "dynamic"),
        _c(352, "Cross-Site Request Forgery", "A state-changing request is accepted without a CSRF check.", "semgrep", "dynamic"),
        _c(367, "TOCTOU Race Condition", "A file is checked and then used by name, leaving a race window.", "semgrep"),
        _c(377, "Insecure Temporary File", "A predictable temporary file name (mktemp, fixed /tmp path) is used.", "bandit"),
        _c(400, "Uncontrolled Resource Consumption", "Requests have no timeout or size limit.", "bandit", "dynamic"),
        _c(434, "Unrestricted File Upload", "Uploaded files are saved without checking name or type.", "semgrep", "dynamic"),
        _c(502, "Deserialization of Untrusted Data", "pickle/yaml.load/marshal turn untrusted bytes into objects.", "bandit", "dynamic"),
        _c(532, "Sensitive Information in Logs", "Passwords, tokens or keys are written to a log.", "semgrep", "dynamic"),
        _c(601, "Open Redirect", "A redirect target comes from the user without validation.", "semgrep", "dynamic"),
        _c(611, "XML External Entity", "An XML parser resolves external entities in untrusted input.", "semgrep", "dynamic"),
        _c(614, "Sensitive Cookie Without Secure Flag", "A session cookie is set without Secure/HttpOnly.", "semgrep", "dynamic"),
        _c(643, "XPath Injection", "User input is formatted into an XPath expression.", "semgrep", "dynamic"),
        _c(703, "Improper Exception Handling", "Errors are swallowed (bare except/pass) or checked with assert.", "bandit"),
        _c(732, "Incorrect Permission Assignment", "Files or directories are created world-writable.", "bandit", "dynamic"),
        _c(798, "Hard-coded Credentials", "Passwords or API keys are literals in the source.", "semgrep"),
        _c(862, "Missing Authorization", "An authenticated user can act on resources without a permission check.", "dynamic"),
        _c(863, "Incorrect Authorization", "An authorization check tests the wrong property.", "dynamic"),
        _c(916, "Weak Password Hash", "Passwords are hashed with a fast, unsalted hash.", "semgrep", "dynamic"),
        _c(918, "Server-Side Request Forgery", "The server fetches a user-supplied URL without restriction.", "semgrep", "dynamic"),
        _c(943, "NoSQL Injection", "User input becomes part of a NoSQL query operator.", "semgrep", "dynamic"),
        _c(1333, "Inefficient Regular Expression (ReDoS)", "A regex with nested quantifiers runs on user input.", "semgrep", "dynamic"),
        _c(1336, "Server-Side Template Injection", "User input is rendered as a template instead of as data.", "semgrep", "dynamic"),
    ]
}


def get_cwe(cwe: int | str) -> CWE:
    """Look up ``89``, ``"89"`` or ``"CWE-89"``; unknown ids are a clear error."""
    text = str(cwe).upper().removeprefix("CWE-")
    try:
        return CATALOG[int(text)]
    except (ValueError, KeyError):
        raise EmcodeError(f"unknown CWE {cwe!r}; known: {', '.join(c.key for c in CATALOG.values())}") from None
