from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Stop


@require_GET
def stop_autocomplete(request):
    prefix = request.GET.get("q", "")[:40]
    names = list(Stop.objects.filter(name__istartswith=prefix).values_list("name", flat=True)[:10])
    return JsonResponse({"q": prefix, "suggestions": names})
