import PlanDocument

/// The city brand on one sheet: name and slogan on a band in the brand's main colour, the palette
/// as swatches (hex value written on each in black or white, whichever reads better), the
/// typography, and two lists side by side: attributes and audiences.
public enum BrandSheetLayout {
  static let padding = 8.0
  static let gap = 8.0

  public static func layout(_ diagram: BrandSheetDiagram, context: DiagramContext) -> [DiagramPart] {
    let theme = context.theme
    let width = context.width
    let nameStyle = context.style(
      size: TypeScale.subheading, bold: true, colour: theme.onPrimary, hyphenate: false)
    let sloganStyle = context.style(size: TypeScale.body, italic: true, colour: theme.onPrimary)
    let headingStyle = context.style(
      size: TypeScale.small, bold: true, colour: theme.primary, hyphenate: false)
    let itemStyle = context.style(size: TypeScale.small)
    let swatchLabelStyle = context.style(size: TypeScale.fine, colour: theme.muted, alignment: .center)
    let measure = DiagramCanvas(context)

    var parts: [DiagramPart] = []
    var canvas = DiagramCanvas(context)
    var y = 0.0
    /// Starts a new part when `height` does not fit under what the current one holds.
    func room(_ height: Double) {
      if y > 0 && y + height > context.maximumHeight {
        parts.append(canvas.part(height: y - gap))
        canvas = DiagramCanvas(context)
        y = 0
      }
    }

    // Name and slogan.
    let inner = width - 2 * padding
    let nameHeight = measure.height(of: [InlineRun(diagram.name)], style: nameStyle, width: inner)
    let sloganHeight =
      diagram.slogan.map { measure.height(of: [InlineRun("«\($0)»")], style: sloganStyle, width: inner) + 3 }
      ?? 0
    let band = Rect(x: 0, y: 0, width: width, height: nameHeight + sloganHeight + 2 * padding)
    canvas.shape(.roundedRect(band, radius: 5), fill: theme.primary)
    canvas.text([InlineRun(diagram.name)], style: nameStyle, at: Point(x: padding, y: padding), width: inner)
    if let slogan = diagram.slogan {
      canvas.text(
        [InlineRun("«\(slogan)»")], style: sloganStyle, at: Point(x: padding, y: padding + nameHeight + 3),
        width: inner)
    }
    y = band.height + gap

    // Palette: swatches in rows of up to six.
    if !diagram.swatches.isEmpty {
      let headingHeight = measure.height(
        of: [InlineRun(diagram.paletteHeading)], style: headingStyle, width: width)
      let perRow = min(6, diagram.swatches.count)
      let swatchWidth = (width - Double(perRow - 1) * gap) / Double(perRow)
      let swatchHeight = 42.0
      let rows = stride(from: 0, to: diagram.swatches.count, by: perRow).map {
        Array(diagram.swatches[$0..<min($0 + perRow, diagram.swatches.count)])
      }
      let labelHeights = rows.map { row in
        row.map { measure.height(of: [InlineRun($0.label)], style: swatchLabelStyle, width: swatchWidth) }
          .max() ?? 0
      }
      room(headingHeight + 4 + swatchHeight + 3 + labelHeights[0])
      canvas.text(
        [InlineRun(diagram.paletteHeading)], style: headingStyle, at: Point(x: 0, y: y), width: width)
      y += headingHeight + 4
      for (rowIndex, row) in rows.enumerated() {
        room(swatchHeight + 3 + labelHeights[rowIndex])
        for (index, swatch) in row.enumerated() {
          let x = Double(index) * (swatchWidth + gap)
          let box = Rect(x: x, y: y, width: swatchWidth, height: swatchHeight)
          // A thin outline keeps a white swatch visible on the white page.
          canvas.shape(
            .roundedRect(box, radius: 4), fill: swatch.colour,
            stroke: Colour(red: 0.75, green: 0.77, blue: 0.8), lineWidth: 0.5)
          let onSwatch: Colour =
            Contrast.ratio(swatch.colour, .white) >= Contrast.ratio(swatch.colour, .black) ? .white : .black
          let hexStyle = context.style(
            size: TypeScale.small, bold: true, colour: onSwatch, alignment: .center, hyphenate: false)
          canvas.text([InlineRun(swatch.hex)], style: hexStyle, centredIn: box, padding: 3)
          canvas.text(
            [InlineRun(swatch.label)], style: swatchLabelStyle, at: Point(x: x, y: y + swatchHeight + 3),
            width: swatchWidth)
        }
        y += swatchHeight + 3 + labelHeights[rowIndex] + gap
      }
    }

    // Typography: each face's name set in that face.
    if !diagram.typefaces.isEmpty {
      let heading = [InlineRun(diagram.typographyHeading)]
      let headingHeight = measure.height(of: heading, style: headingStyle, width: width)
      room(headingHeight)
      canvas.text(heading, style: headingStyle, at: Point(x: 0, y: y), width: width)
      y += headingHeight + 3
      for typeface in diagram.typefaces {
        var style = itemStyle
        style.family = typeface.family
        let runs = [InlineRun("\(typeface.use): ", bold: true), InlineRun(typeface.family)]
        let height = measure.height(of: runs, style: style, width: width)
        room(height)
        canvas.text(runs, style: style, at: Point(x: 0, y: y), width: width)
        y += height + 2
      }
      if let note = diagram.typographyNote {
        let runs = [InlineRun(note, italic: true)]
        let height = measure.height(of: runs, style: itemStyle, width: width)
        room(height)
        canvas.text(runs, style: itemStyle, at: Point(x: 0, y: y), width: width)
        y += height
      }
      y += gap
    }

    // Attributes and audiences side by side, a bullet (a small disc) before each entry.
    let columnWidth = (width - gap) / 2
    let lists = [
      (diagram.attributesHeading, diagram.attributes), (diagram.audiencesHeading, diagram.audiences),
    ]
    .filter { !$0.1.isEmpty }
    if !lists.isEmpty {
      let headingHeight = lists.map {
        measure.height(of: [InlineRun($0.0)], style: headingStyle, width: columnWidth)
      }.max()!
      let entryHeights = lists.map { list in
        list.1.map { measure.height(of: [InlineRun($0)], style: itemStyle, width: columnWidth - 12) }
      }
      room(headingHeight + 4 + (entryHeights.compactMap(\.first).max() ?? 0))
      var tops = [Double](repeating: y, count: lists.count)
      for (column, list) in lists.enumerated() {
        let x = Double(column) * (columnWidth + gap)
        canvas.text(
          [InlineRun(list.0)], style: headingStyle, at: Point(x: x, y: tops[column]), width: columnWidth)
        tops[column] += headingHeight + 4
      }
      // Entries go down both columns together, so that a new part starts both at the same height.
      var next = [Int](repeating: 0, count: lists.count)
      while (0..<lists.count).contains(where: { next[$0] < lists[$0].1.count }) {
        let heights = (0..<lists.count).map { next[$0] < lists[$0].1.count ? entryHeights[$0][next[$0]] : 0 }
        let rowTop = tops.max()!
        if rowTop + heights.max()! > context.maximumHeight && rowTop > 0 {
          y = rowTop + gap
          room(context.maximumHeight)
          tops = [Double](repeating: 0, count: lists.count)
        }
        for column in 0..<lists.count where next[column] < lists[column].1.count {
          let x = Double(column) * (columnWidth + gap)
          let bullet = Rect(x: x + 2, y: tops[column] + itemStyle.lineHeight / 2 - 2, width: 4, height: 4)
          canvas.shape(.ellipse(in: bullet), fill: theme.accent)
          canvas.text(
            [InlineRun(lists[column].1[next[column]])], style: itemStyle,
            at: Point(x: x + 12, y: tops[column]), width: columnWidth - 12)
          tops[column] += heights[column] + 2
          next[column] += 1
        }
      }
      y = tops.max()! + gap
    }
    parts.append(canvas.part(height: y - gap))
    return parts
  }
}
