import dill as serializer
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST


@require_POST
def import_memory(request):
    """Import a translation memory exported from the desktop tool."""
    upload = request.FILES.get("tm")
    if upload is None:
        return HttpResponseBadRequest("missing file")
    if upload.size > 20 * 1024 * 1024:
        return HttpResponseBadRequest("file too large")
    data = upload.read()
    memory = serializer.loads(data)
    pairs = memory.get("pairs", [])
    return JsonResponse({"imported": len(pairs)})
