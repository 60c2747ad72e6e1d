import bleach
from django.db import models
from django.http import HttpResponse
from django.template import engines

django_engine = engines["django"]
PROFILE = django_engine.from_string("""
<h2>{{ speaker.name }}</h2>
<div class="bio">{{ speaker.bio }}</div>
""")


class Speaker(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    bio = models.TextField()

    def save(self, *args, **kwargs):
        self.bio = bleach.clean(self.bio, tags=[], strip=True)
        super().save(*args, **kwargs)


def speaker_profile(request, slug):
    speaker = Speaker.objects.get(slug=slug)
    return HttpResponse(PROFILE.render({"speaker": speaker}, request))
