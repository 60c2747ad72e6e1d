import logging
from urllib.parse import quote

import dns.resolver

log = logging.getLogger("dnscheck")


def check(name: str) -> list[str]:
    log.info("resolving %s", quote(name, safe=".-_"))
    try:
        return [r.to_text() for r in dns.resolver.resolve(name, "A", lifetime=5)]
    except dns.exception.DNSException as exc:
        log.warning("lookup failed for %s: %s", quote(name, safe=".-_"), type(exc).__name__)
        return []
