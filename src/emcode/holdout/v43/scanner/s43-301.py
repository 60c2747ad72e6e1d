import os
import sys

import requests


def translate(text, target):
    key = os.environ["DEEPL_AUTH_KEY"]
    r = requests.post(
        "https://api-free.deepl.com/v2/translate",
        data={"text": text, "target_lang": target},
        headers={"Authorization": f"DeepL-Auth-Key {key}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["translations"][0]["text"]


if __name__ == "__main__":
    print(translate(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "DE"))
