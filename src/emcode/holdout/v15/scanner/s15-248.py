import boto3
from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-key-change-me-later-7781"

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
)


@app.route("/files/<key>")
def get_url(key):
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "invoices", "Key": key}, ExpiresIn=300)
    return {"url": url}
