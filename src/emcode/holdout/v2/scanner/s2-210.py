import boto3


def make_client():
    """An S3 client for the backup bucket."""
    return boto3.client(
        "s3",
        aws_access_key_id="AKIAZ7QX4KJ2M5NPL3RT",
        aws_secret_access_key="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",
        region_name="eu-west-1",
    )
