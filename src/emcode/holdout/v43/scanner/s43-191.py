import sys

import requests

DEEPL_KEY = "8f3c1a2e-77b4-4c0e-9d51-2be6f0a4c9d1:fx"


def translate(text, target):
    r = requests.post(
        "https://api-free.deepl.com/v2/translate",
        data={"text": text, "target_lang": target},
        headers={"Authorization": f"DeepL-Auth-Key {DEEPL_KEY}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["translations"][0]["text"]


if __name__ == "__main__":
    print(translate(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "DE"))
