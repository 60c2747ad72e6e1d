from django.http import HttpResponse

from tracker.models import Challenge


def challenge_invite(request, slug):
    inviter = request.GET.get("from", "A friend")
    challenge = Challenge.objects.get(slug=slug)
    body = "<h1>%s invited you to %s</h1><a href='/join/%s'>Join now</a>" % (inviter, challenge.title, challenge.slug)
    return HttpResponse(body)
