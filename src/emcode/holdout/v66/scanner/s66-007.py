import argparse

CLINIC_DOMAIN = "brightsmile.example"


def is_staff_email(addr: str) -> bool:
    local, sep, domain = addr.rpartition("@")
    return bool(local and sep) and domain.lower() == CLINIC_DOMAIN


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("emails", nargs="+")
    for e in ap.parse_args().emails:
        print(e, "staff" if is_staff_email(e) else "external")
