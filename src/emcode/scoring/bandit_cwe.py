"""emcode's own Bandit test id → CWE map: the weakness each finding really shows.

Bandit's built-in CWE tags often name a neighbour of the weakness a benchmark means (``eval``
→ 78 instead of 95, ``md5`` → 327 instead of 328, ``random`` → 330 instead of 338), so scoring
uses this table instead. ``None`` means the test reports something that is not, on its own,
evidence of a weakness: the import blacklist (B4xx says a module is imported, the call tests
B3xx say it is used), and the audit-only tests that fire on the *safe* form of a call
(``subprocess`` with an argument list, B603/B606; a program looked up on PATH, B607) or on
every call of a function whatever its argument (``urlopen``, B310). A test id missing from the
table also maps to ``None``.
"""

from __future__ import annotations

BANDIT_CWE: dict[str, int | None] = {
    # B1xx: miscellaneous
    "B101": 703,  # assert used for a check: stripped under -O (CWE-703 improper check of exceptional conditions)
    "B102": 94,  # exec(): code injection
    "B103": 732,  # os.chmod with world/group-writable bits: incorrect permission assignment
    "B104": 1327,  # binding to 0.0.0.0: "binding to an unrestricted IP address"
    "B105": 798,  # hard-coded password string (Bandit says 259, the child of 798 in our catalog)
    "B106": 798,  # hard-coded password as a keyword argument
    "B107": 798,  # hard-coded password as a default argument
    "B108": 377,  # hard-coded /tmp path: predictable temporary file
    "B110": 703,  # try/except/pass swallows errors
    "B112": 703,  # try/except/continue swallows errors
    "B113": 400,  # HTTP request without timeout: uncontrolled resource consumption
    # B2xx: application / framework misconfiguration
    "B201": 215,  # Flask debug=True exposes the Werkzeug debugger (debug information exposure)
    "B202": 22,  # tarfile.extractall without a member filter: path traversal ("tar slip")
    # B3xx: blacklisted calls
    "B301": 502,  # pickle.load(s): deserialization of untrusted data
    "B302": 502,  # marshal.load(s)
    "B303": 328,  # MD5/SHA-1 via pycrypto/cryptography: weak hash (Bandit says 327)
    "B304": 327,  # broken cipher (DES, ARC4, Blowfish, IDEA, XOR)
    "B305": 327,  # broken cipher mode (ECB)
    "B306": 377,  # tempfile.mktemp: racy temporary file name
    "B307": 95,  # eval(): eval injection (Bandit says 78)
    "B308": 79,  # django mark_safe: XSS
    "B310": None,  # urlopen audit: fires on every call, constant URLs too; SSRF (918) is left to Semgrep rules
    "B311": 338,  # random module: weak PRNG (Bandit says 330)
    "B312": 319,  # telnetlib: cleartext transmission
    "B313": 611,  # xml.etree cElementTree parse of untrusted XML (entity attacks; Bandit says 20)
    "B314": 611,  # xml.etree ElementTree
    "B315": 611,  # xml.sax expatreader
    "B316": 611,  # xml.dom expatbuilder
    "B317": 611,  # xml.sax
    "B318": 611,  # xml.dom.minidom
    "B319": 611,  # xml.dom.pulldom
    "B320": 611,  # lxml.etree (older Bandit releases)
    "B321": 319,  # ftplib: cleartext transmission
    "B323": 295,  # ssl._create_unverified_context: certificate validation disabled
    "B324": 328,  # hashlib md5/sha1 (without usedforsecurity=False): weak hash
    # B4xx: blacklisted imports. An import is not a use; the matching B3xx call test decides.
    "B401": None, "B402": None, "B403": None, "B404": None, "B405": None, "B406": None,
    "B407": None, "B408": None, "B409": None, "B410": None, "B411": None, "B412": None,
    "B413": None, "B414": None, "B415": None,
    # B5xx: cryptography and transport
    "B501": 295,  # requests verify=False: improper certificate validation
    "B502": 327,  # SSLv2/SSLv3/TLSv1 protocol: broken cryptographic protocol
    "B503": 327,  # SSL defaults that allow a bad protocol version
    "B504": 327,  # ssl.wrap_socket without a protocol version
    "B505": 326,  # RSA/DSA < 2048 bits, EC < 224 bits: inadequate encryption strength
    "B506": 502,  # yaml.load without a safe loader: deserialization of untrusted data
    "B507": 295,  # paramiko AutoAddPolicy/WarningPolicy: host key not verified
    "B508": 319,  # SNMPv1/v2c: cleartext community strings
    "B509": 319,  # SNMPv3 noAuthNoPriv: no encryption
    # B6xx: injection
    "B601": 78,  # paramiko exec_command: shell command injection on the remote host
    "B602": 78,  # subprocess with shell=True
    "B603": None,  # subprocess with an argument list and no shell: the SAFE form; audit only
    "B604": 78,  # any call with shell=True
    "B605": 78,  # os.system / os.popen: a shell runs the string
    "B606": None,  # os.exec*/os.spawn* without a shell: audit only
    "B607": None,  # executable named by partial path ("git", "ls"): fires on nearly every safe subprocess call; audit only
    "B608": 89,  # SQL built by string formatting: SQL injection
    "B609": 78,  # shell wildcard in a command: argument injection through the shell
    "B610": 89,  # Django QuerySet.extra
    "B611": 89,  # Django RawSQL
    "B612": 94,  # logging.config.listen evaluates received configuration: code injection
    "B613": 838,  # bidirectional control characters (trojan source)
    "B614": 502,  # torch.load without weights_only: pickle deserialization
    "B615": 494,  # Hugging Face download without a pinned revision: no integrity check
    # B7xx: templating (XSS)
    "B701": 79,  # jinja2 autoescape=False
    "B702": 79,  # mako templates do not escape by default
    "B703": 79,  # django mark_safe
    "B704": 79,  # markupsafe.Markup on non-literal input
}


def bandit_cwe(test_id: str) -> int | None:
    """The CWE emcode assigns to Bandit test ``test_id`` (None: not evidence of a weakness)."""
    return BANDIT_CWE.get(test_id.upper())
