import argparse

import dns.resolver


def main() -> None:
    ap = argparse.ArgumentParser(description="Show MX records for a list of domains")
    ap.add_argument("domains", nargs="+")
    args = ap.parse_args()
    resolver = dns.resolver.Resolver()
    resolver.lifetime = 5
    for domain in args.domains:
        try:
            answers = resolver.resolve(domain, "MX")
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.exception.Timeout) as exc:
            print(f"{domain}: {exc.__class__.__name__}")
            continue
        for rr in sorted(answers, key=lambda r: r.preference):
            print(f"{domain}: {rr.preference} {rr.exchange}")


if __name__ == "__main__":
    main()
