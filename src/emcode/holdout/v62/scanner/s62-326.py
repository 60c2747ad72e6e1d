import hashlib
import hmac
import json
import os

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


@csrf_exempt
@require_POST
def payment_webhook(request):
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    # mark subscription paid for event["customer"] here
    return HttpResponse(status=204)
