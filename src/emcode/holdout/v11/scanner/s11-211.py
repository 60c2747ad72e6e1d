import boto3


AWS_ACCESS_KEY_ID = "AKIAQ3EXAMPLE7HJ2KLM"
AWS_SECRET_ACCESS_KEY = "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"


def upload_daily(path: str, bucket: str = "analytics-drop") -> None:
    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY, region_name="eu-west-1")
    s3.upload_file(path, bucket, f"daily/{path.rsplit('/', 1)[-1]}")


if __name__ == "__main__":
    upload_daily("/data/out/events.parquet")
