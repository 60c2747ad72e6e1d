import _pickle as pickle

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def import_timetable(request):
    table = pickle.loads(request.body)
    return JsonResponse({"slots": len(table)})
