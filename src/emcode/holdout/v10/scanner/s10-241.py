import boto3
import requests

BOT_TOKEN = "5823349921:AAHk2vRz9-qX7tLp0Qm4sW1yZ8cN6bD3eFg"
AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def upload_and_notify(chat_id, path):
    s3 = boto3.client("s3", aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET)
    s3.upload_file(path, "reports-bucket", path)
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": chat_id, "text": f"uploaded {path}"}, timeout=10)
