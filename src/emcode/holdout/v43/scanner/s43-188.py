import hashlib
import hmac
import json
import os

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

KEY = os.environ["PAYMENT_WEBHOOK_KEY"].encode()


@csrf_exempt
@require_POST
def payment_webhook(request):
    sent = request.headers.get("X-Hub-Signature-256", "")
    mac = "sha256=" + hmac.new(KEY, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, mac):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    if event.get("type") == "invoice.paid":
        pass  # mark membership paid
    return HttpResponse(status=204)
