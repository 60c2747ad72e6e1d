from defusedxml import minidom
import requests


def sitemap_urls(sitemap_url: str = "https://www.recipes.example/sitemap.xml") -> list[str]:
    resp = requests.get(sitemap_url, timeout=10)
    resp.raise_for_status()
    doc = minidom.parseString(resp.content)
    return [node.firstChild.nodeValue.strip() for node in doc.getElementsByTagName("loc") if node.firstChild]
