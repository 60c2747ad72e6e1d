import sys

import requests

API_TOKEN = "sk_live_51HcT9rTranscribeQ8x2mZ"


def upload(audio_path):
    with open(audio_path, "rb") as fh:
        r = requests.post(
            "https://api.transcribe.example/v1/jobs",
            headers={"Authorization": f"Bearer {API_TOKEN}"},
            files={"audio": fh},
            timeout=60,
        )
    r.raise_for_status()
    return r.json()["job_id"]


if __name__ == "__main__":
    print(upload(sys.argv[1]))
