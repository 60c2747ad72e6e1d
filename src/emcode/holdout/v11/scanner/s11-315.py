import os

import boto3


def upload_daily(path: str, bucket: str | None = None) -> None:
    bucket = bucket or os.environ.get("ANALYTICS_BUCKET", "analytics-drop")
    s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
    s3.upload_file(path, bucket, f"daily/{os.path.basename(path)}")


if __name__ == "__main__":
    upload_daily("/data/out/events.parquet")
