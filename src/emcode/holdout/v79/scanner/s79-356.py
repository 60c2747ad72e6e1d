import hmac
import os

from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

TOKEN = os.environ["SCADA_HOOK_TOKEN"]


@csrf_exempt
@require_POST
def scada_event(request):
    sent = request.headers.get("X-Hook-Token", "")
    if not hmac.compare_digest(sent, TOKEN):
        return HttpResponseForbidden()
    return JsonResponse({"received": len(request.body)})
