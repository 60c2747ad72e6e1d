from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Walker


@require_POST
def walker_lookup(request):
    username = request.POST.get("username", "")
    base = "SELECT * FROM walkers_walker WHERE active = 1"
    query = base + " AND username = %s"
    walkers = list(Walker.objects.raw(query, [username]))
    return JsonResponse({"found": [w.id for w in walkers]})
