import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Make a kennel QR code")
    ap.add_argument("animal_id")
    ap.add_argument("--caption", default="")
    a = ap.parse_args()
    url = f"https://adopt.pawshelter.org/a/{a.animal_id}"
    out = subprocess.getoutput(f'qrencode -o qr-{a.animal_id}.png "{url}" && echo "{a.caption}" > qr-{a.animal_id}.txt')
    print(out or "done")


if __name__ == "__main__":
    main()
