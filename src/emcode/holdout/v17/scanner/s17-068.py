import os

import boto3


def upload_report(path: str) -> str:
    bucket = os.environ["REPORT_BUCKET"]
    key = "reports/" + os.path.basename(path)
    s3 = boto3.client("s3")
    s3.upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return f"s3://{bucket}/{key}"


if __name__ == "__main__":
    import sys
    print(upload_report(sys.argv[1]))
