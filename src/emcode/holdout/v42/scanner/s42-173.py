import base64
import pickle as serializer

from django.http import JsonResponse


def restore_filters(request):
    token = request.GET.get("saved", "")
    filters = serializer.loads(base64.urlsafe_b64decode(token))
    return JsonResponse({"zone": filters.get("zone"), "status": filters.get("status")})
