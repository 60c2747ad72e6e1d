import pickle as pk

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def import_queue(request):
    data = request.FILES["queue"].read()
    queue = pk.loads(data)
    request.session["queue_len"] = len(queue)
    return JsonResponse({"loaded": len(queue)})
