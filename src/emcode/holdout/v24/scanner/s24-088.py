from django.core.paginator import Paginator
from django.http import JsonResponse

from .models import Talk


def talk_list(request):
    qs = Talk.objects.select_related("speaker").all()
    track = request.GET.get("track")
    level = request.GET.get("level")
    if track:
        qs = qs.filter(track__slug=track)
    if level in {"beginner", "intermediate", "advanced"}:
        qs = qs.filter(level=level)
    search = request.GET.get("q")
    if search:
        qs = qs.filter(title__icontains=search)
    page = Paginator(qs.order_by("starts_at"), 25).get_page(request.GET.get("page"))
    return JsonResponse({
        "talks": [{"title": t.title, "speaker": t.speaker.name} for t in page],
        "pages": page.paginator.num_pages,
    })
