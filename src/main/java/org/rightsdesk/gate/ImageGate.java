package org.rightsdesk.gate;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;

/**
 * JPEG and PNG images: metadata found with metadata-extractor, removed by decoding the pixels and encoding them
 * afresh with ImageIO, which writes no EXIF, XMP, IPTC or text chunks.
 */
final class ImageGate {

  private ImageGate() {}

  static List<Finding> inspect(byte[] content) throws IOException {
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
    } catch (ImageProcessingException e) {
      throw new IOException("Not a readable image (" + e.getMessage() + ")", e);
    }
    List<Finding> findings = new ArrayList<>();
    for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
      if (gps.getGeoLocation() != null) {
        findings.add(Finding.blocking(FindingKind.GPS_POSITION, "EXIF GPS",
            "the position where the picture was taken"));
        break;
      }
    }
    Set<String> serials = new LinkedHashSet<>();
    Set<String> authors = new LinkedHashSet<>();
    Set<String> other = new LinkedHashSet<>();
    for (Directory directory : metadata.getDirectories()) {
      for (Tag tag : directory.getTags()) {
        if (tag.getTagName().toLowerCase().contains("serial")) {
          serials.add(directory.getName() + " " + tag.getTagName());
        }
      }
      if (directory instanceof ExifIFD0Directory ifd0) {
        addIfSet(authors, ifd0, ExifDirectoryBase.TAG_ARTIST, "EXIF Artist");
        addIfSet(authors, ifd0, ExifDirectoryBase.TAG_COPYRIGHT, "EXIF Copyright");
      } else if (directory instanceof ExifSubIFDDirectory sub) {
        addIfSet(authors, sub, ExifDirectoryBase.TAG_CAMERA_OWNER_NAME, "EXIF Camera Owner Name");
      } else if (directory instanceof IptcDirectory iptc) {
        addIfSet(authors, iptc, IptcDirectory.TAG_BY_LINE, "IPTC By-line");
        other.add("IPTC");
      } else if (directory instanceof XmpDirectory) {
        other.add("XMP");
      } else if (directory instanceof PngDirectory png && png.containsTag(PngDirectory.TAG_TEXTUAL_DATA)) {
        other.add("PNG text chunks");
      }
    }
    if (!serials.isEmpty()) {
      findings.add(Finding.advisory(FindingKind.DEVICE_SERIAL, String.join(", ", serials),
          "the serial number of the camera or lens"));
    }
    if (!authors.isEmpty()) {
      findings.add(Finding.advisory(FindingKind.AUTHOR, String.join(", ", authors), "a person's name"));
    }
    if (!other.isEmpty()) {
      findings.add(Finding.advisory(FindingKind.METADATA, String.join(", ", other), "embedded metadata"));
    }
    return findings;
  }

  private static void addIfSet(Set<String> found, Directory directory, int tag, String label) {
    String value = directory.getString(tag);
    if (value != null && !value.isBlank()) {
      found.add(label);
    }
  }

  /** @return the image encoded afresh, or null when ImageIO cannot decode it (a CMYK JPEG, say) */
  static byte[] reencode(byte[] content, FileType type) throws IOException {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(content));
    } catch (IIOException unsupported) {
      return null;
    }
    if (image == null) {
      return null;
    }
    if (type == FileType.JPEG && image.getColorModel().hasAlpha()) {
      BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      opaque.getGraphics().drawImage(image, 0, 0, null);
      image = opaque;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, type == FileType.JPEG ? "jpeg" : "png", out)) {
      return null;
    }
    return out.toByteArray();
  }
}
