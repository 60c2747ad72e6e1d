import boto3
from flask import Flask, abort

app = Flask(__name__)
s3 = boto3.client("s3")
BUCKET = "invoices"


@app.route("/files/<key>")
def get_url(key):
    if "/" in key or key.startswith("."):
        abort(400)
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=300)
    return {"url": url}
