<?xml version="1.0" encoding="UTF-8"?>
<!--
  toc.xsl: the table of contents of a corpus or volume.

  Input: a teiCorpus whose TEI children carry @n = the document's file stem
  (tei_encoder.views.corpus builds it). One row per document, in number order:
  number, title (linked), date (dateline/date/@when, else its text), first page.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:param name="css-href" select="'style.css'"/>
  <xsl:param name="title" select="'Contents'"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body>
        <nav aria-label="site">
          <a href="index.html">Contents</a>
          <xsl:text> · </xsl:text>
          <a href="persons.html">Persons</a>
        </nav>
        <main>
          <h1><xsl:value-of select="$title"/></h1>
          <table class="toc">
            <thead><tr><th scope="col">No.</th><th scope="col">Title</th><th scope="col">Date</th><th scope="col">First page</th></tr></thead>
            <tbody>
              <xsl:for-each select="/tei:teiCorpus/tei:TEI">
                <xsl:sort select=".//tei:div[@type='document']/@n" data-type="number"/>
                <xsl:variable name="div" select=".//tei:div[@type='document'][1]"/>
                <xsl:variable name="date" select="($div//tei:dateline//tei:date)[1]"/>
                <tr>
                  <td class="number"><xsl:value-of select="$div/@n"/></td>
                  <td><a href="{@n}.html"><xsl:apply-templates select="$div/tei:head" mode="plain"/></a></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="$date/@when"><time datetime="{$date/@when}"><xsl:value-of select="$date/@when"/></time></xsl:when>
                      <xsl:otherwise><xsl:value-of select="normalize-space($date)"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="page">
                    <xsl:if test="$div//tei:pb"><xsl:value-of select="($div//tei:pb)[1]/@n"/></xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:note | tei:pb" mode="plain"/>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
