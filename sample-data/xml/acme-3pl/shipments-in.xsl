<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inbound: Acme 3PL ship confirmations (<ShipConfirms><ShipConfirm><ConfirmHeader>...) to CartBridge
  ShipmentConfirmations (urn:cartbridge:warehouse:1). Acme writes US dates (MM/dd/yyyy), carrier
  names rather than SCACs, one Carton per package and no line status: the status is derived from
  the quantities. A file without ShipConfirm is refused.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns="urn:cartbridge:warehouse:1"
                exclude-result-prefixes="xs">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="sender" as="xs:string" select="'ACME3PL'"/>
  <xsl:param name="receiver" as="xs:string" select="string(/ShipConfirms/@client)"/>

  <xsl:variable name="scac" as="map(xs:string, xs:string)"
                select="map { 'UPS': 'UPSN', 'FEDEX': 'FDEG', 'USPS': 'USPS', 'DHL': 'DHLC' }"/>

  <xsl:template match="/">
    <xsl:if test="not(/ShipConfirms/ShipConfirm)">
      <xsl:message terminate="yes">Not an Acme ship confirmation file: no ShipConfirms/ShipConfirm</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="ShipConfirms"/>
  </xsl:template>

  <xsl:template match="ShipConfirms">
    <ShipmentConfirmations version="1.0">
      <Header>
        <ControlNumber><xsl:value-of select="@batchId"/></ControlNumber>
        <Sender><xsl:value-of select="$sender"/></Sender>
        <Receiver><xsl:value-of select="$receiver"/></Receiver>
        <Created><xsl:value-of select="@created"/></Created>
      </Header>
      <xsl:apply-templates select="ShipConfirm"/>
    </ShipmentConfirmations>
  </xsl:template>

  <xsl:template match="ShipConfirm">
    <xsl:variable name="h" select="ConfirmHeader"/>
    <Shipment>
      <ShipmentId><xsl:value-of select="$h/ShipmentNo"/></ShipmentId>
      <OrderNumber><xsl:value-of select="$h/OrderNo"/></OrderNumber>
      <xsl:if test="$h/ShipDate">
        <xsl:variable name="d" select="tokenize($h/ShipDate, '/')"/>
        <ShipDate><xsl:value-of select="concat($d[3], '-', $d[1], '-', $d[2])"/></ShipDate>
      </xsl:if>
      <xsl:variable name="carrier" select="upper-case(normalize-space($h/Carrier))"/>
      <Carrier><xsl:value-of select="($scac($carrier), $carrier)[1]"/></Carrier>
      <Service><xsl:value-of select="$h/Service"/></Service>
      <xsl:for-each select="Cartons/Carton">
        <Package>
          <xsl:if test="TrackingNo"><TrackingNumber><xsl:value-of select="TrackingNo"/></TrackingNumber></xsl:if>
          <xsl:if test="SSCC"><Sscc><xsl:value-of select="SSCC"/></Sscc></xsl:if>
          <xsl:if test="Weight"><Weight unit="{Weight/@uom}"><xsl:value-of select="Weight"/></Weight></xsl:if>
        </Package>
      </xsl:for-each>
      <xsl:if test="$h/BillOfLading">
        <Reference type="BM"><xsl:value-of select="$h/BillOfLading"/></Reference>
      </xsl:if>
      <xsl:for-each select="ConfirmLines/ConfirmLine">
        <xsl:variable name="ordered" select="xs:decimal((QtyOrdered, 0)[1])"/>
        <xsl:variable name="shipped" select="xs:decimal((QtyShipped, 0)[1])"/>
        <xsl:variable name="backordered" select="xs:decimal((QtyBackordered, 0)[1])"/>
        <Line>
          <LineNumber><xsl:value-of select="@lineNo"/></LineNumber>
          <ItemId kind="SellerSku"><xsl:value-of select="Sku"/></ItemId>
          <xsl:if test="Upc"><ItemId kind="Gtin"><xsl:value-of select="Upc"/></ItemId></xsl:if>
          <QuantityOrdered><xsl:value-of select="$ordered"/></QuantityOrdered>
          <QuantityShipped><xsl:value-of select="$shipped"/></QuantityShipped>
          <xsl:if test="$backordered gt 0">
            <QuantityBackordered><xsl:value-of select="$backordered"/></QuantityBackordered>
          </xsl:if>
          <xsl:if test="$ordered - $shipped - $backordered gt 0">
            <QuantityCancelled><xsl:value-of select="$ordered - $shipped - $backordered"/></QuantityCancelled>
          </xsl:if>
          <Status>
            <xsl:choose>
              <xsl:when test="$shipped ge $ordered">Shipped</xsl:when>
              <xsl:when test="$shipped = 0 and $backordered gt 0">Backordered</xsl:when>
              <xsl:when test="$shipped = 0">Cancelled</xsl:when>
              <xsl:when test="$backordered gt 0">PartiallyShippedBackordered</xsl:when>
              <xsl:otherwise>PartiallyShippedCancelled</xsl:otherwise>
            </xsl:choose>
          </Status>
        </Line>
      </xsl:for-each>
    </Shipment>
  </xsl:template>
</xsl:stylesheet>
