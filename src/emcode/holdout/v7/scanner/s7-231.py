from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html
from .models import Comment


def comment_badge(request, pk):
    c = get_object_or_404(Comment, pk=pk)
    fragment = format_html("<span class='badge'>{}</span> <em>{}</em>", c.author.username, c.text)
    return HttpResponse(fragment)
