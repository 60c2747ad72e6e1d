import argparse

import yaml


def main():
    p = argparse.ArgumentParser(description="Price a shipment from a carrier rate card")
    p.add_argument("ratecard")
    p.add_argument("--kg", type=float, required=True)
    a = p.parse_args()
    with open(a.ratecard) as fh:
        card = yaml.load(fh, Loader=yaml.SafeLoader)
    per_kg = float(card["per_kg"])
    print(f"{a.kg * per_kg + float(card.get('handling', 0)):.2f} {card.get('currency', 'EUR')}")


if __name__ == "__main__":
    main()
