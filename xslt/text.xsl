<?xml version="1.0" encoding="UTF-8"?>
<!--
  text.xsl: the plain-text view of a TEI memorandum, in tei-encoder's input format.

    381. Memorandum of Conversation0         heading with note markers glued on
    Washington, November 26, 1963, ...       dateline
    PARTICIPANTS / "  • item"                lists (group items, then deeper items)
    paragraphs, "[Page N]" page markers, closer lines
      1. Source: ...                         footnotes at the end, in order of appearance

  text -> TEI -> text gives back the input (modulo whitespace). Markers are printed as the
  source printed them: a normalization/@n "marker-offset:K" in the header shifts them back.
  Elements marked supplied (characters the encoder restored) are left out.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="tei:TEI tei:text tei:body tei:div tei:list tei:closer tei:table tei:row tei:teiHeader"/>

  <xsl:variable name="offset-note"
      select="//tei:teiHeader//tei:normalization[starts-with(@n, 'marker-offset:')]/@n"/>
  <xsl:variable name="offset">
    <xsl:choose>
      <xsl:when test="$offset-note"><xsl:value-of select="number(substring-after($offset-note, ':'))"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="NL" select="'&#10;'"/>

  <xsl:template match="/">
    <xsl:for-each select="//tei:div[@type='document']">
      <xsl:if test="position() &gt; 1"><xsl:value-of select="concat($NL, $NL)"/></xsl:if>
      <xsl:apply-templates select="." mode="document"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:div" mode="document">
    <xsl:for-each select="*">
      <xsl:if test="position() &gt; 1"><xsl:value-of select="concat($NL, $NL)"/></xsl:if>
      <xsl:apply-templates select="." mode="block"/>
    </xsl:for-each>
    <xsl:variable name="notes" select=".//tei:note[not(@rend='inline')]"/>
    <xsl:if test="$notes">
      <xsl:value-of select="concat($NL, $NL)"/>
      <xsl:for-each select="$notes">
        <xsl:if test="position() &gt; 1"><xsl:value-of select="$NL"/></xsl:if>
        <xsl:value-of select="concat('  ', @n, '. ')"/>
        <xsl:apply-templates mode="inline"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- blocks -->
  <xsl:template match="tei:pb" mode="block">
    <xsl:value-of select="concat('[Page ', @n, ']')"/>
  </xsl:template>

  <xsl:template match="tei:list" mode="block">
    <xsl:if test="tei:head">
      <xsl:apply-templates select="tei:head/node()" mode="inline"/>
      <xsl:value-of select="concat($NL, $NL)"/>
    </xsl:if>
    <xsl:apply-templates select="tei:item | tei:pb" mode="item">
      <xsl:with-param name="depth" select="1"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="tei:pb" mode="item">
    <xsl:if test="preceding-sibling::tei:item"><xsl:value-of select="$NL"/></xsl:if>
    <xsl:value-of select="concat('[Page ', @n, ']')"/>
  </xsl:template>

  <xsl:template match="tei:item" mode="item">
    <xsl:param name="depth"/>
    <xsl:variable name="grouped"
        select="preceding-sibling::tei:item[tei:hi[@rend='italic'] and not(normalize-space(text()))]"/>
    <xsl:variable name="is-group" select="tei:hi[@rend='italic'] and not(normalize-space(text()))
        and count(*) = 1"/>
    <xsl:variable name="d" select="$depth + number(boolean($grouped) and not($is-group))"/>
    <xsl:if test="preceding-sibling::tei:item or preceding-sibling::tei:pb or $depth &gt; 1">
      <xsl:value-of select="$NL"/>
    </xsl:if>
    <xsl:call-template name="indent"><xsl:with-param name="n" select="$d"/></xsl:call-template>
    <xsl:text>• </xsl:text>
    <xsl:apply-templates select="node()[not(self::tei:list)]" mode="inline"/>
    <xsl:apply-templates select="tei:list/tei:item | tei:list/tei:pb" mode="item">
      <xsl:with-param name="depth" select="$d + 1"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template name="indent">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <xsl:text>  </xsl:text>
      <xsl:call-template name="indent"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:table" mode="block">
    <xsl:for-each select="tei:row">
      <xsl:if test="position() &gt; 1"><xsl:value-of select="$NL"/></xsl:if>
      <xsl:for-each select="tei:cell">
        <xsl:if test="position() &gt; 1"><xsl:text>&#9;</xsl:text></xsl:if>
        <xsl:apply-templates mode="inline"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:closer" mode="block">
    <xsl:apply-templates mode="inline"/>
  </xsl:template>

  <xsl:template match="tei:note[@rend='inline']" mode="block">
    <xsl:apply-templates mode="inline"/>
  </xsl:template>

  <xsl:template match="*" mode="block">
    <xsl:apply-templates mode="inline"/>
  </xsl:template>

  <!-- inline -->
  <xsl:template match="tei:note[not(@rend='inline')]" mode="inline">
    <xsl:choose>
      <xsl:when test="string(number(@n)) != 'NaN'"><xsl:value-of select="@n + $offset"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:pb" mode="inline">
    <xsl:value-of select="concat(' [Page ', @n, '] ')"/>
  </xsl:template>
  <xsl:template match="tei:lb" mode="inline">
    <xsl:value-of select="$NL"/>
  </xsl:template>
  <xsl:template match="tei:signed" mode="inline">
    <xsl:if test="preceding-sibling::node()[normalize-space()]"><xsl:value-of select="$NL"/></xsl:if>
    <xsl:apply-templates mode="inline"/>
  </xsl:template>
  <xsl:template match="tei:supplied" mode="inline"/>
  <xsl:template match="*" mode="inline">
    <xsl:apply-templates mode="inline"/>
  </xsl:template>
</xsl:stylesheet>
