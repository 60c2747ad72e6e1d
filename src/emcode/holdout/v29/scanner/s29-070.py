from django.http import HttpResponse
from django.views.decorators.http import require_GET

from .models import Team


@require_GET
def team_exists(request):
    name = request.GET.get("name", "")
    exists = Team.objects.filter(name__iexact=name).exists()
    text = f"{name}: {'taken' if exists else 'available'}"
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
