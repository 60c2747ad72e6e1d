from django.template.response import TemplateResponse

from .models import Episode


def episode_detail(request, slug):
    episode = Episode.objects.filter(slug=slug).first()
    comment = request.GET.get("c", "")
    return TemplateResponse(request, "episodes/detail.html", {"episode": episode, "comment": comment})
