import boto3

AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7TRAPCAM"
AWS_SECRET_ACCESS_KEY = "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"


def upload_batch(paths, bucket="trapcam-raw"):
    s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY, region_name="eu-west-2")
    for p in paths:
        s3.upload_file(p, bucket, p.rsplit("/", 1)[-1])


if __name__ == "__main__":
    import sys
    upload_batch(sys.argv[1:])
