from django.http import HttpResponse
from django.template import engines

from .models import Speaker

django_engine = engines["django"]
PROFILE = django_engine.from_string("""
<h2>{{ speaker.name }}</h2>
<div class="bio">{{ speaker.bio|safe }}</div>
""")


def speaker_profile(request, slug):
    speaker = Speaker.objects.get(slug=slug)
    return HttpResponse(PROFILE.render({"speaker": speaker}, request))
